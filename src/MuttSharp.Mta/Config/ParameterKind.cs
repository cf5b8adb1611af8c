namespace MuttSharp.Mta.Config;

/// <summary>How a main.cf parameter's value is read, as Postfix's configuration tables classify them.</summary>
public enum ParameterKind
{
    /// <summary>Free text, used after <c>$name</c> expansion.</summary>
    Text,

    /// <summary>A list separated by commas and/or white space (<c>mydestination</c>, restrictions, maps).</summary>
    List,

    /// <summary>A time with an optional unit letter s, m, h, d or w (<c>300s</c>, <c>5d</c>).</summary>
    Time,

    /// <summary>A whole number of bytes (<c>message_size_limit</c>).</summary>
    Size,

    /// <summary>A whole number (<c>smtpd_recipient_limit</c>).</summary>
    Integer,

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    Boolean,
}
