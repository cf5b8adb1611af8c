namespace MuttSharp.Mta.Smtp;

/// <summary>The outcome of reading one command line.</summary>
internal enum LineStatus
{
    Line,
    TooLong,
    BareLf,
    BareCr,
    TimedOut,
    Closed,
}
