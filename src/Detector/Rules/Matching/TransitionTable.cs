using System.Numerics;

namespace Detector.Rules.Matching;

/// <summary>
/// The automaton's transitions out of non-root states, as an open-addressing hash table from
/// (state, symbol) to the next state: most states have one or two children, so a dense table would
/// be almost empty.
/// </summary>
internal sealed class TransitionTable
{
    private readonly long[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    /// <summary>Builds the table from (state ≥ 1, symbol ≥ 1, next) triples.</summary>
    public TransitionTable(IReadOnlyCollection<(int State, int Symbol, int Next)> transitions)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, transitions.Count * 2));
        _keys = new long[capacity]; // 0: empty (states and symbols start at 1)
        _values = new int[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (state, symbol, next) in transitions)
        {
            var key = Key(state, symbol);
            var slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _keys[slot] = key;
            _values[slot] = next;
        }
    }

    public bool TryGet(int state, int symbol, out int next)
    {
        var key = Key(state, symbol);
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                next = _values[slot];
                return true;
            }

            if (found == 0)
            {
                next = 0;
                return false;
            }
        }
    }

    private static long Key(int state, int symbol) => ((long)state << 32) | (uint)symbol;

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
