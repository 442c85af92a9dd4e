using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Detector.Tests.Samples;

namespace Detector.Tests.Packaging;

/// <summary>
/// Packs the library and the tool with <c>dotnet pack</c> into a temporary folder, checks the library package and installs
/// the tool from that folder alone (no other package source, so it works offline), then runs it. Slow for a unit
/// test (about 20 s): it packs with <c>--no-build</c> from the outputs the test build already made.
/// </summary>
public sealed partial class PackageTests : IDisposable
{
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(2);

    private readonly string _directory = Directory.CreateTempSubdirectory("detector-packages-").FullName;

    private string Packages => Path.Combine(_directory, "packages");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_tool_installs_from_a_local_folder_and_scores_the_sample_conversations()
    {
        var version = await PackAsync("Detector.Cli");
        var config = Path.Combine(_directory, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        var tool = Path.Combine(_directory, "tool");

        // A private global packages folder: the same version installed before must not be taken from the user's cache.
        var install = await ChildProcess.RunAsync(
            "dotnet", ["tool", "install", "Detector.Cli", "--tool-path", tool, "--version", version, "--configfile", config],
            s_limit, _directory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_directory, "nuget-packages") });
        Assert.True(install.ExitCode == 0, install.ToString());

        var score = await ChildProcess.RunAsync(
            Path.Combine(tool, "detector"), ["score", "--input", Path.Combine("samples", "conversations.jsonl")],
            s_limit, TestBuild.RepositoryDirectory, new Dictionary<string, string> { ["DOTNET_ROOT"] = DotnetRoot() });
        Assert.True(score.ExitCode == 0, score.ToString());
        var lines = score.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(12, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("sample-", JsonDocument.Parse(line).RootElement.GetProperty("id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_library_package_holds_the_assembly_with_models_and_rule_packs_its_docs_the_readme_and_the_repository()
    {
        var version = await PackAsync("Detector");

        using var package = ZipFile.OpenRead(Path.Combine(Packages, $"Detector.{version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("lib/net10.0/Detector.dll", entries);
        Assert.Contains("lib/net10.0/Detector.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.True(File.Exists(Path.Combine(Packages, $"Detector.{version}.snupkg")), "no symbol package");

        var resources = ManifestResources(package.GetEntry("lib/net10.0/Detector.dll")!);
        Assert.Contains("Detector.Models.Default.manifest.json", resources);
        Assert.Contains("Detector.Models.Default.text-model.bin", resources);
        Assert.Contains(resources, name => name.StartsWith("Detector.Rules.Packs.", StringComparison.Ordinal));

        using var nuspecStream = package.GetEntry("Detector.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.StartsWith("https://", (string?)repository.Attribute("url"), StringComparison.Ordinal);
    }

    /// <summary>Packs src/<paramref name="project"/> into <see cref="Packages"/>; returns the version packed.</summary>
    private async Task<string> PackAsync(string project)
    {
        var pack = await ChildProcess.RunAsync(
            "dotnet",
            ["pack", Path.Combine(TestBuild.RepositoryDirectory, "src", project, project + ".csproj"), "-c", TestBuild.Configuration, "--no-build", "-o", Packages],
            s_limit, TestBuild.RepositoryDirectory);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var versions = Directory.GetFiles(Packages, "*.nupkg")
            .Select(path => PackageFileName().Match(Path.GetFileName(path)))
            .Where(match => match.Success && match.Groups["id"].Value == project)
            .Select(match => match.Groups["version"].Value)
            .ToList();
        return Assert.Single(versions);
    }

    private static HashSet<string> ManifestResources(ZipArchiveEntry assembly)
    {
        using var bytes = new MemoryStream();
        using (var stream = assembly.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        var metadata = pe.GetMetadataReader();
        return metadata.ManifestResources.Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The .NET installation running the tests, for the installed tool's launcher to find the runtime.</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    [GeneratedRegex(@"^(?<id>.+?)\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PackageFileName();
}
