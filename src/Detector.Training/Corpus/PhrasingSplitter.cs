using System.Text;

namespace Detector.Training.Corpus;

/// <summary>
/// Assigns every phrasing to the train pool (~80 %) or the held-out test pool (~20 %) by a stable hash of its
/// normalised text, so the same text lands in the same pool wherever it appears and whatever else the bank holds.
/// A step with at least two non-empty phrasings always keeps at least one in each pool.
/// Empty phrasings (events without a caption) are in both pools: they carry no text to leak.
/// </summary>
internal static class PhrasingSplitter
{
    /// <summary>The share of phrasings held out for the test split, in thousandths.</summary>
    private const ulong TestPerMille = 200;

    public static (IReadOnlyList<Phrasing> Train, IReadOnlyList<Phrasing> Test) Split(IReadOnlyList<Phrasing> phrasings)
    {
        var train = new List<Phrasing>();
        var test = new List<Phrasing>();
        var empty = new List<Phrasing>();
        foreach (var phrasing in phrasings)
        {
            if (phrasing.Text.Length == 0)
            {
                empty.Add(phrasing);
            }
            else if (PoolOf(phrasing.Text) == PhrasingPool.Test)
            {
                test.Add(phrasing);
            }
            else
            {
                train.Add(phrasing);
            }
        }

        if (test.Count == 0 && train.Count >= 2)
        {
            MoveExtreme(train, test, lowest: true);
        }
        else if (train.Count == 0 && test.Count >= 2)
        {
            MoveExtreme(test, train, lowest: false);
        }

        return ([.. empty, .. train], [.. empty, .. test]);
    }

    /// <summary>The pool a text belongs to by its hash alone.</summary>
    public static PhrasingPool PoolOf(string text) =>
        BucketOf(text) < TestPerMille ? PhrasingPool.Test : PhrasingPool.Train;

    /// <summary>
    /// The text reduced to what makes it a different phrasing: lower-case letters and digits, every placeholder as
    /// <c>{}</c>. "Hi {victim_name}!" and "hi {friend_name}" share a key, so they share a pool and cannot leak into
    /// each other once filled.
    /// </summary>
    public static string KeyOf(string text)
    {
        var withoutNames = Placeholders.Pattern().Replace(text, "\u0001");
        var key = new StringBuilder(withoutNames.Length);
        foreach (var c in withoutNames)
        {
            if (c == '\u0001')
            {
                key.Append("{}");
            }
            else if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static ulong BucketOf(string text) => StableHash.Of(KeyOf(text)) % 1000;

    /// <summary>Moves the phrasing with the lowest (or highest) hash bucket, so the choice is stable as banks grow.</summary>
    private static void MoveExtreme(List<Phrasing> from, List<Phrasing> to, bool lowest)
    {
        var chosen = from
            .OrderBy(p => BucketOf(p.Text))
            .ThenBy(p => p.Text, StringComparer.Ordinal)
            .ToList();
        var pick = lowest ? chosen[0] : chosen[^1];
        from.Remove(pick);
        to.Add(pick);
    }
}
