namespace MuttSharp.Core.Tests.Config;

/// <summary>Finds files of the repository (themes/, docs/) from the test output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MuttSharp.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new DirectoryNotFoundException("MuttSharp.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Themes => Path.Combine(Root, "themes");
}
