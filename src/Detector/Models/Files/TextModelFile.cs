using System.IO.Compression;

namespace Detector.Models.Files;

/// <summary>
/// <c>text-model.bin</c>: the text model's weights, sparse and gzip-compressed. Layout (little-endian, inside gzip):
/// magic <c>DTXT</c>, int32 format (1), int32 feature count, int32 head count, head-count float32 biases, int32 row
/// count, then per row an int32 feature index (strictly increasing) and head-count float32 weights. Rows whose weights
/// are all zero are left out.
/// </summary>
internal static class TextModelFile
{
    private const int Format = 1;
    private static ReadOnlySpan<byte> Magic => "DTXT"u8;

    public static void Write(Stream stream, LinearHeads heads)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(heads.FeatureCount);
        writer.Write(heads.HeadCount);
        foreach (var bias in heads.Biases)
        {
            writer.Write(bias);
        }

        var rows = new List<int>();
        for (var feature = 0; feature < heads.FeatureCount; feature++)
        {
            if (heads.WeightsOf(feature).ContainsAnyExcept(0f))
            {
                rows.Add(feature);
            }
        }

        writer.Write(rows.Count);
        foreach (var feature in rows)
        {
            writer.Write(feature);
            foreach (var weight in heads.WeightsOf(feature))
            {
                writer.Write(weight);
            }
        }
    }

    /// <exception cref="InvalidDataException">The file is not a text model of a supported format, or is damaged.</exception>
    public static LinearHeads Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            reader.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not a Detector text model (bad magic).");
            }

            var format = reader.ReadInt32();
            if (format != Format)
            {
                throw new InvalidDataException($"Text model format {format} is not supported (this version reads format {Format}).");
            }

            var features = reader.ReadInt32();
            var heads = reader.ReadInt32();
            if (features is <= 0 or > 1 << 24 || heads is <= 0 or > 64)
            {
                throw new InvalidDataException($"Text model dimensions {features} × {heads} are out of range.");
            }

            var biases = new float[heads];
            for (var h = 0; h < heads; h++)
            {
                biases[h] = reader.ReadSingle();
            }

            var weights = new float[features * heads];
            var rows = reader.ReadInt32();
            var previous = -1;
            for (var r = 0; r < rows; r++)
            {
                var feature = reader.ReadInt32();
                if (feature <= previous || feature >= features)
                {
                    throw new InvalidDataException($"Text model row {r} has feature {feature} out of order or range.");
                }

                previous = feature;
                for (var h = 0; h < heads; h++)
                {
                    weights[(feature * heads) + h] = reader.ReadSingle();
                }
            }

            return new LinearHeads(features, weights, biases);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The text model file is truncated.");
        }
    }
}
