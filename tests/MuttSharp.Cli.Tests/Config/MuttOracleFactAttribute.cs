namespace MuttSharp.Cli.Tests.Config;

/// <summary>A test that compares MuttSharp with Mutt itself; skipped, with the reason, where Mutt is not installed.</summary>
public sealed class MuttOracleFactAttribute : FactAttribute
{
    public MuttOracleFactAttribute()
    {
        if (!File.Exists(MuttOracle.MuttPath))
            Skip = "Debian's mutt is not installed (apt-get install --no-install-recommends mutt); it is the oracle these tests compare with";
    }
}
