using System.Security.Cryptography;
using System.Text;

namespace Detector.Features;

/// <summary>
/// Maps participant ids to a bounded number of slots, so a conversation's state never grows with its
/// participants: the first <see cref="Capacity"/> - 1 distinct senders get a slot each; everyone after shares
/// the last, "everyone else" slot, which is named after the last of them to show a perpetrator's signal (see
/// <see cref="Attribute"/>), so a late-joining extortionist in a crowded group is the one named.
/// </summary>
internal sealed class ParticipantSlots
{
    /// <summary>The number of slots, including the shared overflow slot.</summary>
    public const int Capacity = 16;

    /// <summary>Ids longer than this are kept as a SHA-256 digest, so hostile ids cannot bloat the state.</summary>
    public const int MaxIdLength = 256;

    private readonly string[] _ids = new string[Capacity];

    /// <summary>The number of slots in use.</summary>
    public int Count { get; private set; }

    /// <summary>The id in <paramref name="slot"/>; the overflow slot reports the last id <see cref="Attribute"/> gave it, else the first that landed in it.</summary>
    public string this[int slot] => _ids[slot];

    /// <summary>The slot of <paramref name="participant"/>, assigning one if new.</summary>
    public int SlotOf(string participant)
    {
        var id = IdOf(participant);
        for (var slot = 0; slot < Count; slot++)
        {
            if (string.Equals(_ids[slot], id, StringComparison.Ordinal))
            {
                return slot;
            }
        }

        if (Count < Capacity)
        {
            _ids[Count] = id;
            return Count++;
        }

        return Capacity - 1;
    }

    /// <summary>
    /// Records that <paramref name="participant"/>, sending from <paramref name="slot"/>, showed a perpetrator's signal:
    /// when that is the shared overflow slot, it is named after them from now on.
    /// </summary>
    public void Attribute(int slot, string participant)
    {
        if (slot == Capacity - 1)
        {
            _ids[slot] = IdOf(participant);
        }
    }

    /// <summary>Frees every slot.</summary>
    public void Clear()
    {
        Array.Clear(_ids);
        Count = 0;
    }

    /// <summary>Restores slot <paramref name="slot"/> when reading saved state.</summary>
    internal void Restore(int slot, string id)
    {
        _ids[slot] = id;
        Count = Math.Max(Count, slot + 1);
    }

    private static string IdOf(string participant) => participant.Length <= MaxIdLength ? participant : Digest(participant);

    private static string Digest(string participant) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(participant)));
}
