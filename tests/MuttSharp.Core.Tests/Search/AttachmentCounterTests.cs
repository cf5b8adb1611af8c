using MimeKit;
using MuttSharp.Core.Search;

namespace MuttSharp.Core.Tests.Search;

public sealed class AttachmentCounterTests
{
    private static int Count(string path)
    {
        using var message = MimeMessage.Load(GoldenMessages.PathOf(path));
        return AttachmentCounter.Count([message.Body!]);
    }

    [Theory]
    [InlineData("qp-utf8.eml", 0)]        // the body itself is never an attachment
    [InlineData("multipart.eml", 2)]      // report.pdf and notes.txt; not the alternative, not the inline message
    [InlineData("pgp-key.eml", 0)]        // application/pgp-keys is excluded by Mutt's stock rules
    public void Counts_as_Mutt_with_its_stock_attachments_rules(string file, int expected) =>
        Assert.Equal(expected, Count(file));

    [Fact]
    public void Inline_text_after_the_first_part_counts_and_other_inline_parts_do_not()
    {
        var mixed = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "body" },
            new TextPart("plain") { Text = "second inline text" },
            new MimePart("image", "png") { ContentDisposition = new ContentDisposition(ContentDisposition.Inline) },
            new MimePart("application", "zip"),   // no disposition: an attachment
        };
        Assert.Equal(2, AttachmentCounter.Count([mixed]));
    }
}
