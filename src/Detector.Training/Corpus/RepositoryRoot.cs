namespace Detector.Training.Corpus;

/// <summary>Finds the repository root (the directory holding <c>Detector.sln</c>) and the default data locations in it.</summary>
public static class RepositoryRoot
{
    /// <summary>Walks up from the current directory, then from the application's directory; null when neither is inside the repository.</summary>
    public static string? Find() => FindFrom(Directory.GetCurrentDirectory()) ?? FindFrom(AppContext.BaseDirectory);

    /// <summary>Walks up from <paramref name="start"/> to the directory holding <c>Detector.sln</c>; null if there is none.</summary>
    public static string? FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Detector.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The phrasing banks of the repository: <c>training-data/banks</c>.</summary>
    public static string Banks(string root) => Path.Combine(root, "training-data", "banks");

    /// <summary>The corpus README whose statistics block the generator keeps up to date.</summary>
    public static string Readme(string root) => Path.Combine(root, "training-data", "README.md");
}
