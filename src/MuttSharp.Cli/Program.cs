using MuttSharp.Cli;

return await Dispatcher.RunAsync(
    Path.GetFileName(Environment.ProcessPath ?? "muttsharp"),
    Environment.GetCommandLineArgs().AsSpan(1).ToArray(),
    CliConsole.FromProcess(),
    CancellationToken.None).ConfigureAwait(false);
