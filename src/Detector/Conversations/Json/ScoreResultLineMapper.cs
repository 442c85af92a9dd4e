using Detector.Scoring;

namespace Detector.Conversations.Json;

/// <summary>Maps assessments to and from score result lines (contract section 2).</summary>
internal static class ScoreResultLineMapper
{
    /// <summary>Risks and weights are written with this many decimals: enough to rank, short enough to read.</summary>
    private const int Decimals = 6;

    /// <summary>The result line for conversation <paramref name="conversationId"/>.</summary>
    public static ScoreResultLine ToLine(string conversationId, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(assessment);
        var signals = new SignalLine[assessment.Signals.Count];
        for (var i = 0; i < signals.Length; i++)
        {
            var signal = assessment.Signals[i];
            signals[i] = new SignalLine
            {
                Name = signal.Name,
                Message = signal.Message,
                Start = signal.Start,
                Length = signal.Length,
                Weight = Math.Round(signal.Weight, Decimals),
                Source = WireNames<SignalSource>.Of(signal.Source),
                Rule = signal.Rule,
            };
        }

        return new ScoreResultLine
        {
            Id = conversationId,
            Risk = Math.Round(assessment.Risk, Decimals),
            Flagged = assessment.Flagged,
            Level = WireNames<RiskLevel>.Of(assessment.Level),
            Stage = WireNames<Stage>.Of(assessment.Stage),
            Suspect = assessment.Suspect,
            FirstFlaggedAt = assessment.FirstFlaggedAt,
            Signals = signals,
            Model = assessment.ModelVersion,
            Rules = assessment.RulesVersion,
        };
    }

    /// <summary>The assessment a result line records (without actions, which the line does not carry).</summary>
    /// <exception cref="InvalidDataException">The level or stage is not one of the library's wire names.</exception>
    public static Assessment ToAssessment(ScoreResultLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new Assessment
        {
            Risk = line.Risk,
            Flagged = line.Flagged,
            Level = Parse<RiskLevel>(line.Level, "level"),
            Stage = Parse<Stage>(line.Stage, "stage"),
            Suspect = line.Suspect,
            FirstFlaggedAt = line.FirstFlaggedAt,
            Signals = [.. line.Signals.Select(signal => new Signal(signal.Name, signal.Message, signal.Start, signal.Length, signal.Weight)
            {
                Source = signal.Source is null ? SignalSource.Rules : Parse<SignalSource>(signal.Source, "signal source"),
                Rule = signal.Rule,
            })],
            ModelVersion = line.Model,
            RulesVersion = line.Rules,
        };
    }

    private static TEnum Parse<TEnum>(string name, string field)
        where TEnum : struct, Enum =>
        WireNames<TEnum>.TryParse(name, out var value)
            ? value
            : throw new InvalidDataException($"'{field}' must be one of {string.Join(", ", WireNames<TEnum>.All)}, not \"{name}\"");
}
