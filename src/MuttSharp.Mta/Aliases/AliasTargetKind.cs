namespace MuttSharp.Mta.Aliases;

/// <summary>What one item of an alias value stands for, per aliases(5).</summary>
public enum AliasTargetKind
{
    /// <summary>An address: a local name (expanded again) or <c>user@domain</c>.</summary>
    Address,

    /// <summary><c>"|command args"</c>: the message is piped into a command.</summary>
    Command,

    /// <summary><c>/path/file</c>: the message is appended to a file.</summary>
    File,

    /// <summary><c>:include:/path</c>: more targets are read from a file.</summary>
    Include,
}
