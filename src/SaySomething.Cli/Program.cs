using SaySomething.Cli;

return CliApplication.Run(args, new CliConsole(Console.OpenStandardInput(), Console.Out, Console.Error, Console.IsOutputRedirected, Console.IsErrorRedirected));
