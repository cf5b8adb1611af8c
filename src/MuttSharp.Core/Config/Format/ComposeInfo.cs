namespace MuttSharp.Core.Config.Format;

/// <summary>What <c>$compose_format</c> shows about the message being composed.</summary>
/// <param name="Attachments">Attachments, for <c>%a</c>.</param>
/// <param name="ApproximateSize">Approximate size in bytes, for <c>%l</c>.</param>
/// <param name="Hostname">The local host name, for <c>%h</c>.</param>
/// <param name="Version">The version string, for <c>%v</c>.</param>
public sealed record ComposeInfo(int Attachments, long ApproximateSize, string Hostname, string Version);
