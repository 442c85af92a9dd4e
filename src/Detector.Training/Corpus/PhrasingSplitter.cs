using System.Text;

namespace Detector.Training.Corpus;

/// <summary>
/// Splits a step's phrasings into three disjoint pools by a stable hash of each phrasing's normalised text: train
/// (~70 %), validation (~15 %) and test (~15 %). The same text lands in the same pool wherever it appears and whatever
/// else the bank holds.
/// <list type="bullet">
/// <item>A step with three or more non-empty phrasings keeps at least one in every pool.</item>
/// <item>A step with exactly two keeps one in train and one in test; validation falls back to the train pool's
/// phrasing for that step (so its validation texts also occur in train).</item>
/// <item>A step with a single non-empty phrasing has it in every pool: it cannot be held out.</item>
/// <item>Empty phrasings (events without a caption) are in every pool: they carry no text to leak.</item>
/// </list>
/// When a pool would be empty, the phrasing whose hash bucket is nearest to that pool's range moves there (from a
/// pool that keeps at least one; phrasings other steps also use last, so a text stays in one pool across steps), so
/// the choice stays stable as banks grow.
/// </summary>
internal static class PhrasingSplitter
{
    /// <summary>The share of phrasings in the test pool, in thousandths (buckets below it).</summary>
    private const ulong TestPerMille = 150;

    /// <summary>The share of phrasings in the validation pool, in thousandths (the buckets after the test pool's).</summary>
    private const ulong ValidationPerMille = 150;

    private const ulong Buckets = 1000;

    /// <summary>Splits the phrasings of every step, avoiding moves of phrasings that other steps also use.</summary>
    public static void SplitAll(IReadOnlyList<BankStep> steps)
    {
        var keysInSeveralSteps = steps
            .SelectMany(step => step.Phrasings.Where(p => p.Text.Length > 0).Select(p => KeyOf(p.Text)).Distinct(StringComparer.Ordinal))
            .GroupBy(key => key, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            step.SetPools(Split(step.Phrasings, keysInSeveralSteps));
        }
    }

    /// <summary>
    /// Splits one step's phrasings; a phrasing whose key is in <paramref name="keysInSeveralSteps"/> is moved to fill an
    /// empty pool only when nothing else can be, since moving it would put its text in two pools.
    /// </summary>
    public static (IReadOnlyList<Phrasing> Train, IReadOnlyList<Phrasing> Validation, IReadOnlyList<Phrasing> Test) Split(
        IReadOnlyList<Phrasing> phrasings, IReadOnlySet<string>? keysInSeveralSteps = null)
    {
        keysInSeveralSteps ??= new HashSet<string>();
        var empty = phrasings.Where(p => p.Text.Length == 0).ToList();
        var texts = phrasings.Where(p => p.Text.Length > 0).ToList();
        var pools = Enum.GetValues<PhrasingPool>().ToDictionary(pool => pool, _ => new List<Phrasing>());
        if (texts.Count <= 1)
        {
            foreach (var pool in pools.Values)
            {
                pool.AddRange(texts);
            }
        }
        else
        {
            foreach (var phrasing in texts)
            {
                pools[PoolOf(phrasing.Text)].Add(phrasing);
            }

            PhrasingPool[] required = texts.Count >= 3
                ? [PhrasingPool.Test, PhrasingPool.Validation, PhrasingPool.Train]
                : [PhrasingPool.Test, PhrasingPool.Train];
            foreach (var pool in required.Where(pool => pools[pool].Count == 0))
            {
                MoveNearest(pools, required, pool, keysInSeveralSteps);
            }

            if (texts.Count == 2)
            {
                pools[PhrasingPool.Validation] = [.. pools[PhrasingPool.Train]];
            }
        }

        return ([.. empty, .. pools[PhrasingPool.Train]], [.. empty, .. pools[PhrasingPool.Validation]], [.. empty, .. pools[PhrasingPool.Test]]);
    }

    /// <summary>The pool <paramref name="split"/> draws from (and only from).</summary>
    public static PhrasingPool PoolFor(CorpusSplit split) => split switch
    {
        CorpusSplit.Train => PhrasingPool.Train,
        CorpusSplit.Validation => PhrasingPool.Validation,
        _ => PhrasingPool.Test,
    };

    /// <summary>The pool a text belongs to by its hash alone.</summary>
    public static PhrasingPool PoolOf(string text)
    {
        var bucket = BucketOf(text);
        return bucket < TestPerMille ? PhrasingPool.Test
            : bucket < TestPerMille + ValidationPerMille ? PhrasingPool.Validation
            : PhrasingPool.Train;
    }

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

    private static ulong BucketOf(string text) => StableHash.Of(KeyOf(text)) % Buckets;

    /// <summary>How far a bucket lies outside the pool's range of buckets (0 inside it).</summary>
    private static ulong DistanceTo(PhrasingPool pool, ulong bucket)
    {
        var (low, high) = pool switch
        {
            PhrasingPool.Test => (0UL, TestPerMille),
            PhrasingPool.Validation => (TestPerMille, TestPerMille + ValidationPerMille),
            _ => (TestPerMille + ValidationPerMille, Buckets),
        };
        return bucket < low ? low - bucket : bucket >= high ? bucket - high + 1 : 0;
    }

    /// <summary>
    /// Moves into the empty <paramref name="target"/> the phrasing nearest to its buckets, taken from a pool that
    /// stays non-empty if it is <paramref name="required"/>.
    /// </summary>
    private static void MoveNearest(
        Dictionary<PhrasingPool, List<Phrasing>> pools, PhrasingPool[] required, PhrasingPool target, IReadOnlySet<string> keysInSeveralSteps)
    {
        var (from, pick) = pools
            .Where(pool => pool.Key != target && (pool.Value.Count >= 2 || (pool.Value.Count == 1 && !required.Contains(pool.Key))))
            .SelectMany(pool => pool.Value.Select(phrasing => (From: pool.Key, Phrasing: phrasing)))
            .OrderBy(candidate => keysInSeveralSteps.Contains(KeyOf(candidate.Phrasing.Text)))
            .ThenBy(candidate => DistanceTo(target, BucketOf(candidate.Phrasing.Text)))
            .ThenBy(candidate => candidate.Phrasing.Text, StringComparer.Ordinal)
            .First();
        pools[from].Remove(pick);
        pools[target].Add(pick);
    }
}
