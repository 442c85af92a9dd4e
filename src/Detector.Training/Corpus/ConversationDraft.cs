using Detector.Conversations;

namespace Detector.Training.Corpus;

/// <summary>
/// Turns planned <see cref="Beat"/>s into messages: picks a phrasing from the split's pool, fills its placeholders,
/// applies the sender's style, stamps the time and copies the phrasing's signals. A step the language's banks lack
/// (or whose pool is empty) is skipped, never filled from another language. A style transform that would turn a
/// phrasing into one of another pool ("okay" → "ok"), or into a very short text that a transform of another pool's
/// phrasing could also produce, is undone, so no split's text occurs in another split.
/// </summary>
internal sealed class ConversationDraft
{
    private readonly List<Message> _messages = [];
    private readonly List<string> _steps = [];
    private readonly Func<string, BankStep?> _lookup;
    private readonly PhrasingPool _pool;
    private readonly string _language;
    private readonly PlaceholderValues _values;
    private readonly ConversationClock _clock;
    private readonly IReadOnlyDictionary<string, MessageStyle> _styles;
    private readonly SeededRandom _random;
    private readonly IReadOnlySet<string> _otherPoolKeys;

    public ConversationDraft(
        Func<string, BankStep?> lookup,
        IReadOnlySet<string> otherPoolKeys,
        PhrasingPool pool,
        string language,
        PlaceholderValues values,
        ConversationClock clock,
        IReadOnlyDictionary<string, MessageStyle> styles,
        SeededRandom random)
    {
        _lookup = lookup;
        _otherPoolKeys = otherPoolKeys;
        _pool = pool;
        _language = language;
        _values = values;
        _clock = clock;
        _styles = styles;
        _random = random;
    }

    /// <summary>
    /// A transformed text shorter than this (in letters and digits) is left untransformed: a typo in a one-word message
    /// ("loser" → "loer") can equal a transform of another pool's one-word phrasing ("later" → "loer").
    /// </summary>
    private const int MinimumTransformedKeyLength = 6;

    public IReadOnlyList<Message> Messages => _messages;

    /// <summary>The bank steps that produced a message, in order (repeats included).</summary>
    public IReadOnlyList<string> Steps => _steps;

    public void Play(IEnumerable<Beat> beats)
    {
        foreach (var beat in beats)
        {
            Play(beat);
        }
    }

    private void Play(Beat beat)
    {
        if (_lookup(beat.Step) is not { } step || step.In(_pool) is not { Count: > 0 } phrasings)
        {
            return;
        }

        var phrasing = _random.Pick(phrasings);
        var filled = _values.Fill(phrasing.Text);
        var text = StyleTransformer.Apply(filled, _styles[beat.From], _language, _random);
        if (text != filled && CrossesPools(text, filled))
        {
            text = filled;
        }

        var at = _clock.Next(_messages.Count == 0 ? Gap.First : beat.Gap);
        _messages.Add(new Message(beat.From, text, step.Kind, at) { Signals = phrasing.Signals });
        _steps.Add(step.Name);
        if (step.Name == SextortionSteps.PlatformMove)
        {
            _values.Moved = true;
        }
    }

    /// <summary>
    /// Whether a transformed text could occur in another split: it is another pool's phrasing, or its letters changed
    /// into a text too short to be told apart from a transform of one (emoji and casing leave the letters alone).
    /// </summary>
    private bool CrossesPools(string text, string filled)
    {
        var key = PhrasingSplitter.KeyOf(text);
        return _otherPoolKeys.Contains(key)
            || (key.Length < MinimumTransformedKeyLength && key != PhrasingSplitter.KeyOf(filled));
    }
}
