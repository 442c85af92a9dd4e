using System.Text;

namespace Detector.Training.Corpus;

/// <summary>FNV-1a (64-bit) over UTF-8: a hash that is the same in every process, unlike <see cref="string.GetHashCode()"/>.</summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Of(string text)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }
}
