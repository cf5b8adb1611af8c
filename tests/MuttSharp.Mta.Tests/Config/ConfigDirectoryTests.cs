using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tests.Config;

public sealed class ConfigDirectoryTests
{
    [Fact]
    public void Dash_c_wins_over_mail_config_which_wins_over_the_default()
    {
        Func<string, string?> withEnv = name => name == "MAIL_CONFIG" ? "/srv/mail" : null;
        Func<string, string?> none = _ => null;

        Assert.Equal("/opt/cfg", ConfigDirectory.Resolve("/opt/cfg", withEnv));
        Assert.Equal("/srv/mail", ConfigDirectory.Resolve(null, withEnv));
        Assert.Equal("/etc/muttsharp", ConfigDirectory.Resolve(null, none));
        Assert.Equal("/etc/muttsharp/main.cf", ConfigDirectory.MainCfPath(ConfigDirectory.Resolve(null, none)));
    }
}
