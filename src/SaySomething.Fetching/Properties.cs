using System.Runtime.CompilerServices;

// The tests record connections through the internal connector seam and read the handler's configuration.
[assembly: InternalsVisibleTo("SaySomething.Fetching.Tests")]
