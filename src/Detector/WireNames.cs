using System.Text.Json;

namespace Detector;

/// <summary>
/// The wire names of an enum's values in the file contract: its member names in snake case
/// (<c>VideoCall</c> → <c>video_call</c>). Computed once per enum type.
/// </summary>
internal static class WireNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] s_values = Enum.GetValues<TEnum>();
    private static readonly string[] s_names =
        Array.ConvertAll(s_values, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

    /// <summary>All wire names, in declaration order.</summary>
    public static IReadOnlyList<string> All => s_names;

    public static string Of(TEnum value)
    {
        var index = Array.IndexOf(s_values, value);
        return index >= 0
            ? s_names[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
    }

    public static bool TryParse(string? name, out TEnum value)
    {
        var index = name is null ? -1 : Array.IndexOf(s_names, name);
        value = index >= 0 ? s_values[index] : default;
        return index >= 0;
    }
}
