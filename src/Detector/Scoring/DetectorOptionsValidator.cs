using Detector.Models;
using Detector.Rules;
using Detector.Safety;
using Microsoft.Extensions.Options;

namespace Detector.Scoring;

/// <summary>
/// Checks <see cref="DetectorOptions"/> at start-up, so that a misconfigured service fails before it scores anything,
/// with a message naming the setting and the problem: every problem found, not just the first. Files named by the
/// options (models, rule packs, safety actions) are loaded, so their own problems are reported too.
/// </summary>
internal sealed class DetectorOptionsValidator : IValidateOptions<DetectorOptions>
{
    public ValidateOptionsResult Validate(string? name, DetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        var threshold = options.Threshold;
        if (threshold is { } t && !(t is >= 0 and <= 1))
        {
            result.AddError($"Threshold must be between 0 and 1, but is {t}.");
            threshold = null;
        }

        if (!LevelPolicy.AreOrdered([options.LowAt, options.MediumAt, threshold, options.CriticalAt]))
        {
            result.AddError(LevelPolicy.OrderProblem(options.LowAt, options.MediumAt, options.Threshold, options.CriticalAt));
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            result.AddError($"MaxDegreeOfParallelism must be at least 1, but is {options.MaxDegreeOfParallelism}.");
        }

        if (options.Region is { } region && !IsRegionCode(region))
        {
            result.AddError($"Region must be an ISO 3166-1 alpha-2 code of two letters such as GB or US, but is '{region}'.");
        }

        if (options.ModelDirectory is { } directory)
        {
            AddLoadProblem(result, () => ModelDirectory.Load(directory));
        }

        foreach (var pack in options.RulePacks)
        {
            AddRulePackProblems(result, pack, options.RulePacksOverride);
        }

        if (options.SafetyActionsFile is { } catalog)
        {
            if (File.Exists(catalog))
            {
                AddLoadProblem(result, () => SafetyActionCatalog.Load(catalog));
            }
            else
            {
                result.AddError($"The safety actions file '{catalog}' does not exist.");
            }
        }

        return result.Build();
    }

    private static bool IsRegionCode(string region) => region.Length == 2 && char.IsAsciiLetter(region[0]) && char.IsAsciiLetter(region[1]);

    private static void AddRulePackProblems(ValidateOptionsResultBuilder result, string path, bool overrides)
    {
        if (!File.Exists(path))
        {
            result.AddError($"The rule pack file '{path}' does not exist.");
            return;
        }

        try
        {
            RulePack.Load(path, overrides);
        }
        catch (RulePackException ex)
        {
            foreach (var problem in ex.Problems.Count > 0 ? ex.Problems.Select(p => p.ToString()) : [ex.Message])
            {
                result.AddError($"The rule pack '{path}' is invalid: {problem}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result.AddError($"The rule pack '{path}' cannot be read: {ex.Message}");
        }
    }

    private static void AddLoadProblem(ValidateOptionsResultBuilder result, Action load)
    {
        try
        {
            load();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            result.AddError(ex.Message);
        }
    }
}
