using SaySomething.Fuzz;
using SharpFuzz;

// Usage (see fuzz/README.md):
//   SaySomething.Fuzz TARGET            run under afl-fuzz (input on stdin, out-of-process mode)
//   SaySomething.Fuzz TARGET --replay DIR   run every file of DIR once and report failures (what CI does)
if (args.Length == 0 || !Targets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: SaySomething.Fuzz ({string.Join('|', Targets.Names)}) [--replay DIR]");
    return 2;
}

var target = args[0];
if (args is [_, "--replay", var directory])
{
    var failures = 0;
    foreach (var file in Directory.EnumerateFiles(directory))
    {
        try
        {
            Targets.Run(target, File.ReadAllBytes(file));
        }
        catch (Exception e)
        {
            failures++;
            Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
        }
    }

    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Targets.Run(target, buffer.ToArray());
});
return 0;
