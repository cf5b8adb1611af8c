using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.Search;

/// <summary>The small messages under TestData/Search, as messages of a mailbox.</summary>
internal static class GoldenMessages
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Search", name);

    public static Message QuotedPrintable(int number = 0) =>
        TestMessages.Make(number, from: "Anna Schmidt <anna@example.de>", subject: "Gruss", id: "qp@example.de", path: PathOf("qp-utf8.eml"));

    public static Message Base64Latin1(int number = 1) =>
        TestMessages.Make(number, from: "jean@example.fr", subject: "Déjà vu", id: "b64@example.fr", path: PathOf("base64-latin1.eml"));

    public static Message Koi8r(int number = 2) =>
        TestMessages.Make(number, from: "ivan@example.ru", subject: "privet", id: "koi8@example.ru", path: PathOf("koi8r.eml"));

    public static Message Multipart(int number = 3) =>
        TestMessages.Make(number, from: "Zoe <zoe@example.com>", subject: "Ünïcödé subject", id: "multi@example.com",
            contentType: "multipart/mixed", path: PathOf("multipart.eml"));

    public static Message PgpKey(int number = 4) =>
        TestMessages.Make(number, from: "keys@example.org", subject: "my key", id: "key@example.org",
            contentType: "multipart/mixed", path: PathOf("pgp-key.eml"));

    public static Message[] All() => [QuotedPrintable(), Base64Latin1(), Koi8r(), Multipart(), PgpKey()];
}
