using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Detector.Normalization;

/// <summary>
/// The vectorised part of the normaliser's ASCII fast path: a block of <see cref="Width"/> characters that are all
/// ASCII letters, digits or single spaces (most chat) normalises to itself in lower case, one character for one, so it is
/// folded and its offsets written with a few vector operations instead of character by character.
/// </summary>
/// <remarks>
/// A block qualifies when it starts with a letter or digit, has no two spaces in a row, and has no capital <c>I</c>
/// (which may read as <c>l</c>, see <see cref="TextNormalizer"/>); then each letter or digit maps to itself with bit
/// 0x20 set and the range [k, k + 1) of the original, and each space to a space with the empty range [k, k), exactly
/// as the character-by-character path writes them. Every word ending inside the block has a letter or digit, so none
/// is dropped as a word of leetspeak symbols only.
/// </remarks>
internal static class PlainLetterBlock
{
    /// <summary>The number of characters in a block.</summary>
    public const int Width = 8;

    /// <summary>
    /// Folds the block at <paramref name="index"/> of <paramref name="text"/> into the buffers at
    /// <paramref name="length"/> (which must have room for <see cref="Width"/> more), if it qualifies.
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="index">Where the block starts.</param>
    /// <param name="chars">The normalised characters.</param>
    /// <param name="starts">Where each normalised character starts in the original.</param>
    /// <param name="ends">Where each normalised character ends in the original.</param>
    /// <param name="length">Where to write in the buffers.</param>
    /// <param name="lastSpace">The position of the block's last space (-1 if none), when folded.</param>
    /// <param name="unusable">When not folded: how many characters from <paramref name="index"/> the caller should
    /// fold one by one before trying a block again (through the first one that disqualified this block).</param>
    /// <returns>Whether the block was folded.</returns>
    public static bool TryFold(ReadOnlySpan<char> text, int index, char[] chars, int[] starts, int[] ends, int length, out int lastSpace, out int unusable)
    {
        lastSpace = -1;
        if (!Vector128.IsHardwareAccelerated || text.Length - index < Width)
        {
            unusable = text.Length - index;
            return false;
        }

        var block = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text)), (nuint)index);
        var lower = block | Vector128.Create((ushort)0x20);
        var isLetter = Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var isDigit = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var isSpace = Vector128.Equals(block, Vector128.Create((ushort)' '));
        var allowed = (isLetter & ~Vector128.Equals(block, Vector128.Create((ushort)'I'))) | isDigit | isSpace;
        var spaces = isSpace.ExtractMostSignificantBits();
        var disqualified = (~allowed.ExtractMostSignificantBits() & 0xFF) | (spaces & (spaces << 1)) | (spaces & 1);
        if (disqualified != 0)
        {
            unusable = BitOperations.TrailingZeroCount(disqualified) + 1;
            return false;
        }

        // ' ' | 0x20 is ' ': the lower-cased block is the normalised text.
        lower.StoreUnsafe(ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(chars.AsSpan())), (nuint)length);
        var (lowSpaces, highSpaces) = Vector128.Widen(isSpace.AsInt16());
        var lowStarts = Vector128.Create(index) + Vector128<int>.Indices;
        var highStarts = lowStarts + Vector128.Create(4);
        lowStarts.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(starts), (nuint)length);
        highStarts.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(starts), (nuint)length + 4);

        // A letter ends one after its start; a space (all bits set: -1) where it starts.
        (lowStarts + Vector128<int>.One + lowSpaces).StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(ends), (nuint)length);
        (highStarts + Vector128<int>.One + highSpaces).StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(ends), (nuint)length + 4);
        lastSpace = spaces == 0 ? -1 : 31 - BitOperations.LeadingZeroCount(spaces);
        unusable = 0;
        return true;
    }
}
