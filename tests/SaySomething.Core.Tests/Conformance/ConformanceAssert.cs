using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>Runs one case by id for a theory row: reports it to the test output and fails the row when it should.</summary>
internal static class ConformanceAssert
{
    public static void CaseHolds(string caseId, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = ConformanceRunner.Run(caseId);
        output.WriteLine(result.Message);
        if (result.IsFailure)
        {
            Assert.Fail(result.Message);
        }
    }
}
