namespace MuttSharp.Core.Tests.Mailboxes;

/// <summary>A writable copy of a golden folder under TestData, removed when disposed.</summary>
internal sealed class GoldenFolder : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-golden-").FullName;

    public GoldenFolder(params string[] testDataPath)
    {
        string source = System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. testDataPath]);
        Path = System.IO.Path.Combine(root, System.IO.Path.GetFileName(source));
        if (File.Exists(source))
            File.Copy(source, Path);
        else
            Copy(source, Path);
    }

    /// <summary>The copy.</summary>
    public string Path { get; }

    /// <summary>A scratch directory beside the copy.</summary>
    public string Scratch => root;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        foreach (string dir in Directory.GetDirectories(from))
            Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
    }
}
