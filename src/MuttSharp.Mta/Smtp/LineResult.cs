namespace MuttSharp.Mta.Smtp;

/// <summary>What reading one command line gave: the line, or why there is none.</summary>
internal readonly record struct LineResult(LineStatus Status, byte[] Line);
