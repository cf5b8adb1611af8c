namespace MuttSharp.Mta.Policy;

/// <summary>What DNS says about a domain, for <c>reject_unknown_recipient_domain</c>.</summary>
public enum DomainStatus
{
    /// <summary>The domain has an MX, A or AAAA record.</summary>
    Exists,

    /// <summary>The domain has none (NXDOMAIN or no usable record).</summary>
    NotFound,

    /// <summary>The lookup failed for now (timeout, SERVFAIL).</summary>
    TemporaryFailure,
}
