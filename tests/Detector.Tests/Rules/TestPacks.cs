using Detector.Rules;

namespace Detector.Tests.Rules;

/// <summary>The packs under Rules/TestPacks, copied next to the tests.</summary>
internal static class TestPacks
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Rules", "TestPacks", name);

    public static RulePack Load(string name = "test.en.json") => RulePack.Load(PathOf(name));

    public static RuleEngine Engine { get; } = RuleEngine.Create([Load()]);
}
