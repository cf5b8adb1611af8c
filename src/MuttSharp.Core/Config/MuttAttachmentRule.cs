namespace MuttSharp.Core.Config;

/// <summary>An <c>attachments</c> rule: which MIME parts count as attachments.</summary>
/// <param name="Include">True for <c>+</c> (count), false for <c>-</c> (do not count).</param>
/// <param name="Disposition"><c>A</c> (attachment), <c>I</c> (inline), <c>root</c>, or <c>*</c>.</param>
/// <param name="MimeType">The major/minor type, may use regex (<c>text/.*</c>).</param>
public sealed record MuttAttachmentRule(bool Include, string Disposition, string MimeType);
