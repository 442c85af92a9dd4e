using System.CommandLine;
using Detector.Rules;

namespace Detector.Cli;

/// <summary>
/// <c>detector rules lint FILE</c> and <c>detector rules test FILE</c>: check a rule pack before
/// deploying it; <c>detector rules coverage</c> measures packs against annotated conversations. Problems and failures are printed as <c>FILE: rule ID: problem</c> lines.
/// </summary>
internal static class RulesCommand
{
    public static Command Create() => new("rules", "Check rule packs: validate them and run their examples.")
    {
        Subcommand("lint", "Validate a rule pack (schema and semantic checks); prints one line per problem.", Lint),
        Subcommand("test", "Run every rule's match/noMatch examples; prints one line per failure.", Test),
        RulesCoverageCommand.Create(),
    };

    /// <summary>
    /// Validates the pack and compiles it; exit 0 when it is sound. Phrases that load but very likely do not mean what
    /// they say (<see cref="RulePackWarnings"/>) are printed as warnings and do not fail the pack.
    /// </summary>
    internal static int Lint(string file, TextWriter output)
    {
        if (Load(file, output) is not { } pack)
        {
            return ExitCodes.Failure;
        }

        var warnings = 0;
        foreach (var warning in RulePackWarnings.Find(pack, file))
        {
            output.WriteLine(warning);
            warnings++;
        }

        var summary = $"{pack.Rules.Count} rules, {pack.Rules.Sum(rule => rule.Phrases.Count)} phrases";
        output.WriteLine(warnings == 0 ? $"{file}: ok ({summary})" : $"{file}: ok with {warnings} warning(s) ({summary})");
        return ExitCodes.Success;
    }

    /// <summary>Runs the pack's examples against an engine built from it alone; exit 0 when all hold.</summary>
    internal static int Test(string file, TextWriter output)
    {
        if (Load(file, output) is not { } pack)
        {
            return ExitCodes.Failure;
        }

        var engine = RuleEngine.Create([pack]);
        var failures = 0;
        for (var rule = 0; rule < engine.Rules.Count; rule++)
        {
            foreach (var failure in RuleExampleChecker.Failures(engine, rule, file))
            {
                output.WriteLine(failure);
                failures++;
            }
        }

        var examples = pack.Rules.Sum(rule => rule.MatchExamples.Count + rule.NoMatchExamples.Count);
        output.WriteLine($"{file}: {pack.Rules.Count} rules, {examples} examples, {failures} failed");
        return failures == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static RulePack? Load(string file, TextWriter output)
    {
        try
        {
            var pack = RulePack.Load(file);
            RuleEngine.Create([pack]);
            return pack;
        }
        catch (RulePackException ex)
        {
            foreach (var problem in ex.Problems)
            {
                output.WriteLine(problem);
            }

            return null;
        }
    }

    private static Command Subcommand(string name, string description, Func<string, TextWriter, int> run)
    {
        var file = new Argument<string>("FILE") { Description = "The rule pack (JSON)." };
        var command = new Command(name, description) { file };
        command.SetAction(parse => run(parse.GetValue(file)!, Console.Out));
        return command;
    }
}
