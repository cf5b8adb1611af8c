namespace MuttSharp.Cli;

/// <summary>Exit codes from sysexits.h, as Sendmail and Postfix use them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 64;
    public const int DataError = 65;
    public const int NoInput = 66;
    public const int NoUser = 67;
    public const int Software = 70;
    public const int CantCreate = 73;
    public const int IoError = 74;
    public const int TempFail = 75;
    public const int Config = 78;
}
