using Detector.Fuzz;

namespace Detector.Tests.Fuzzing;

/// <summary>
/// Runs every seed and every saved crash or hang (tests/Detector.Fuzz/seeds and regressions, copied next to the tests)
/// through the same fuzz target code afl-fuzz runs, so a fixed bug stays fixed without AFL in CI.
/// </summary>
public class FuzzCorpusReplayTests
{
    private static readonly string s_corpus = Path.Combine(AppContext.BaseDirectory, "Fuzzing");

    public static TheoryData<string, string> Inputs()
    {
        var inputs = new TheoryData<string, string>();
        foreach (var kind in new[] { "seeds", "regressions" })
        {
            foreach (var target in FuzzTargets.All.Keys)
            {
                var folder = Path.Combine(s_corpus, kind, target);
                foreach (var file in (Directory.Exists(folder) ? Directory.GetFiles(folder) : []).Order(StringComparer.Ordinal))
                {
                    inputs.Add(target, Path.GetRelativePath(s_corpus, file));
                }
            }
        }

        return inputs;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Input_runs_through_its_target_without_a_crash(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(s_corpus, file));

        // A hang saved by AFL must finish now (TimeoutException otherwise); the bound is generous for a loaded CI
        // machine, not a benchmark. A crash is the target's exception, thrown here.
        await Task.Run(() => FuzzTargets.All[target](input)).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Every_target_has_seeds()
    {
        foreach (var target in FuzzTargets.All.Keys)
        {
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(s_corpus, "seeds", target)));
        }
    }
}
