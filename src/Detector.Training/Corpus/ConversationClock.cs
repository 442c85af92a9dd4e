namespace Detector.Training.Corpus;

/// <summary>
/// Gives messages realistic timestamps: a start on an evening-weighted hour of a day in 2025–2026, then gaps drawn on a
/// log scale per <see cref="Gap"/>. A clock without timestamps (about one conversation in ten) returns null.
/// </summary>
internal sealed class ConversationClock
{
    private static readonly DateTimeOffset s_epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly double[] s_hourWeights =
        [2, 1, 1, 0.5, 0.5, 0.5, 1, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 6, 7, 8, 9, 9, 8, 5];

    private readonly SeededRandom _random;
    private readonly bool _timestamps;
    private DateTimeOffset _now;

    public ConversationClock(SeededRandom random, bool timestamps)
    {
        _random = random;
        _timestamps = timestamps;
        _now = s_epoch
            .AddDays(random.Next(540))
            .AddHours(random.PickWeighted(s_hourWeights))
            .AddMinutes(random.Next(60))
            .AddSeconds(random.Next(60));
    }

    public DateTimeOffset? Next(Gap gap)
    {
        var (min, max) = gap switch
        {
            Gap.First => (0.0, 0.0),
            Gap.Reply => (4.0, 240.0),
            Gap.Next => (30.0, 1500.0),
            Gap.Later => (1800.0, 21600.0),
            _ => (28800.0, 108000.0),
        };
        if (max > 0)
        {
            var seconds = Math.Exp(Math.Log(min) + (_random.NextDouble() * (Math.Log(max) - Math.Log(min))));
            _now = _now.AddSeconds(Math.Round(seconds));
        }

        return _timestamps ? _now : null;
    }
}
