using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

/// <summary>mailto: URLs as Mutt reads them: percent-decoding, the mailto_allow filter, and what reaches a draft.</summary>
public sealed class MailtoUrlTests
{
    private static readonly string[] MuttDefault = ["body", "subject", "cc", "in-reply-to", "references"];

    private static MailtoUrl Parse(string url, IReadOnlyList<string>? allowed = null)
    {
        Assert.True(MailtoUrl.TryParse(url, allowed ?? MuttDefault, out var mailto, out string error), error);
        return mailto!;
    }

    [Fact]
    public void Recipients_and_allowed_fields_are_decoded_and_the_rest_dropped()
    {
        var url = Parse("MAILTO:a@example.com,b%40example.com?Subject=Caf%C3%A9&bcc=eve@example.com&X-Foo=1&body=hi%0Athere&cc=c@example.com");

        Assert.Equal("a@example.com,b@example.com", url.To);
        Assert.Equal([new("Subject", "Café"), new("cc", "c@example.com")], url.Fields);
        Assert.Equal("hi\nthere", url.Body);
    }

    [Fact]
    public void A_star_allows_any_field_but_never_the_ones_that_attach_or_save_files()
    {
        var url = Parse("mailto:a@example.com?bcc=eve@example.com&attach=/etc/passwd&Fcc=/tmp/x&X-Foo=1", ["*"]);

        Assert.Equal([new("bcc", "eve@example.com"), new("X-Foo", "1")], url.Fields);
    }

    [Fact]
    public void Line_breaks_in_a_value_become_spaces_so_no_header_can_be_smuggled()
    {
        var url = Parse("mailto:a@example.com?subject=hi%0D%0ABcc:%20eve@example.com");

        Assert.Equal([new("subject", "hi  Bcc: eve@example.com")], url.Fields);
    }

    [Theory]
    [InlineData("mailto:a@example.com?subject=%zz", "mailto: bad %-escape at position 30")]
    [InlineData("mailto:a%4", "mailto: bad %-escape at position 9")]
    [InlineData("alice@example.com", "alice@example.com: not a mailto: URL")]
    public void A_broken_url_is_refused_with_the_position(string text, string expected)
    {
        Assert.False(MailtoUrl.TryParse(text, MuttDefault, out var url, out string error));
        Assert.Null(url);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Fields_without_a_value_or_a_name_are_skipped()
    {
        var url = Parse("mailto:a@example.com?subject=&=x&cc&&subject=kept");

        Assert.Equal([new("subject", "kept")], url.Fields);
    }

    [Fact]
    public void Applied_to_a_draft_addresses_are_added_and_a_bare_in_reply_to_gets_its_brackets()
    {
        var draft = new Draft();
        draft.To.Add(new MimeKit.MailboxAddress("", "first@example.com"));
        var url = Parse("mailto:a@example.com?cc=c@example.com&in-reply-to=id1@example.com%20id2@example.com&subject=%3D%3Futf-8%3Fq%3Fcaf%3DC3%3DA9%3F%3D");

        Assert.True(url.TryApplyTo(draft, out string error), error);

        Assert.Equal(["first@example.com", "a@example.com"], draft.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["c@example.com"], draft.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal(["id1@example.com", "id2@example.com"], draft.InReplyTo);
        Assert.Equal("café", draft.Subject);
    }

    [Fact]
    public void A_bad_address_in_the_url_is_reported()
    {
        var url = Parse("mailto:%3C%3E%3C?subject=x");

        Assert.False(url.TryApplyTo(new Draft(), out string error));
        Assert.StartsWith("To: bad address syntax", error);
    }
}
