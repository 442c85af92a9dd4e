namespace Detector.Training.Corpus;

/// <summary>A benign theme (one <c>negatives/THEME.json</c>): steps said by participants a and b, and scripts ordering them.</summary>
internal sealed record ThemeBank(string Name, IReadOnlyDictionary<string, BankStep> Steps, IReadOnlyList<IReadOnlyList<ScriptStep>> Scripts);
