using System.Text;
using Detector.Rules;
using Detector.Scoring;

namespace Detector.Features;

/// <summary>
/// Writes a <see cref="ConversationState"/> as compact bytes and reads it back, checking every count and index, so a
/// stateless worker can resume a conversation and damaged or foreign bytes are refused rather than trusted.
/// </summary>
/// <remarks>
/// Layout: magic <c>DSES</c>, a format byte, the rules and model versions the state was built with, then the state's
/// counters (only the participant slots in use). Little-endian, as <see cref="BinaryWriter"/> writes; strings are their
/// UTF-16 code units after a 7-bit encoded count, so every .NET string (lone surrogates included, which the conversation
/// reader lets through from JSON escapes) comes back exactly as it was saved (format 1 wrote UTF-8, which does not).
/// </remarks>
internal static class SessionStateSerializer
{
    private const byte Format = 3;
    private const int MaxString = 4096;
    private static ReadOnlySpan<byte> Magic => "DSES"u8;

    public static byte[] Write(ConversationState state, string rulesVersion, string? modelVersion)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Format);
            WriteString(writer, rulesVersion);
            WriteString(writer, modelVersion ?? string.Empty);
            writer.Write(state.GroupCount);
            writer.Write(state.MessageCount);
            writer.Write(state.EvidentMessages);
            writer.Write(state.Participants.Count);
            for (var slot = 0; slot < state.Participants.Count; slot++)
            {
                WriteString(writer, state.Participants[slot]);
                writer.Write(state.EvidentBy[slot]);
                writer.Write(state.FirstEvidentBy[slot]);
                WriteRow(writer, state.SignalCounts, slot, SignalCatalog.Count, static (w, v) => w.Write(v));
                WriteRow(writer, state.SignalMaxWeight, slot, SignalCatalog.Count, static (w, v) => w.Write(v));
                WriteRow(writer, state.TextMax, slot, state.GroupCount, static (w, v) => w.Write(v));
                WriteRow(writer, state.TextHits, slot, state.GroupCount, static (w, v) => w.Write(v));
                WriteRow(writer, state.Events, slot, ConversationState.KindCount, static (w, v) => w.Write(v));
                WriteRow(writer, state.StageFirstMessage, slot, ConversationState.StageCount, static (w, v) => w.Write(v));
                WriteRow(writer, state.StageFirstEvident, slot, ConversationState.StageCount, static (w, v) => w.Write(v));
                WriteRow(writer, state.StageLastEvident, slot, ConversationState.StageCount, static (w, v) => w.Write(v));
                WriteRow(writer, state.StageFirstTicks, slot, ConversationState.StageCount, static (w, v) => w.Write(v));
            }

            WriteRow(writer, state.SignalLastMessage, 0, SignalCatalog.Count, static (w, v) => w.Write(v));
            writer.Write(state.FirstCaptureEvent);
            writer.Write(state.FirstTicks);
            writer.Write(state.LastTicks);
            writer.Write(state.TimedMessages);
            writer.Write(state.LastPayment);
            writer.Write(state.DemandsAfterPayment);
            writer.Write(state.RiskHighWater);
            writer.Write(state.FirstFlaggedAt);
            writer.Write(state.Signals.Count);
            foreach (var kept in state.Signals)
            {
                writer.Write(kept.Signal);
                writer.Write(kept.Message);
                writer.Write(kept.Start);
                writer.Write(kept.Length);
                writer.Write(kept.Weight);
                writer.Write(kept.Slot);
                writer.Write((byte)kept.Side);
                writer.Write((byte)kept.Source);
                WriteString(writer, kept.Rule ?? string.Empty);
                WriteString(writer, kept.Excerpt);
            }
        }

        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are damaged, or were saved with other rules or models.</exception>
    public static ConversationState Read(ReadOnlySpan<byte> bytes, int groupCount, string rulesVersion, string? modelVersion)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            reader.BaseStream.ReadExactly(magic);
            var format = reader.ReadByte();
            if (!magic.SequenceEqual(Magic) || format != Format)
            {
                throw Damaged("not Detector session state of a supported format");
            }

            var savedRules = ReadString(reader);
            var savedModel = ReadString(reader);
            if (savedRules != rulesVersion || savedModel != (modelVersion ?? string.Empty))
            {
                throw new InvalidDataException(
                    $"Session state was saved with rules '{savedRules}' and models '{Show(savedModel)}'; this scorer uses rules " +
                    $"'{rulesVersion}' and models '{Show(modelVersion)}'. Rescore the conversation from its messages instead.");
            }

            var state = new ConversationState(Bounded(reader.ReadInt32(), groupCount, groupCount, "group count"));
            state.MessageCount = Bounded(reader.ReadInt32(), 0, int.MaxValue, "message count");
            var messages = state.MessageCount;
            state.EvidentMessages = Bounded(reader.ReadInt32(), 0, messages, "evident message count");
            var evident = state.EvidentMessages;
            var participants = Bounded(reader.ReadInt32(), 0, ParticipantSlots.Capacity, "participant count");
            for (var slot = 0; slot < participants; slot++)
            {
                state.Participants.Restore(slot, ReadString(reader));
                state.EvidentBy[slot] = Bounded(reader.ReadInt32(), 0, evident, "evident messages by a participant");
                state.FirstEvidentBy[slot] = Bounded(reader.ReadInt32(), -1, evident - 1, "first evident message");
                ReadRow(reader, state.SignalCounts, slot, SignalCatalog.Count, r => r.ReadUInt16());
                ReadRow(reader, state.SignalMaxWeight, slot, SignalCatalog.Count, r => (float)Probability(r.ReadSingle()));
                ReadRow(reader, state.TextMax, slot, groupCount, r => (float)Probability(r.ReadSingle()));
                ReadRow(reader, state.TextHits, slot, groupCount, r => r.ReadUInt16());
                ReadRow(reader, state.Events, slot, ConversationState.KindCount, r => r.ReadUInt16());
                ReadRow(reader, state.StageFirstMessage, slot, ConversationState.StageCount, r => Bounded(r.ReadInt32(), -1, messages - 1, "stage message"));
                ReadRow(reader, state.StageFirstEvident, slot, ConversationState.StageCount, r => Bounded(r.ReadInt32(), -1, evident - 1, "stage evident message"));
                ReadRow(reader, state.StageLastEvident, slot, ConversationState.StageCount, r => Bounded(r.ReadInt32(), -1, evident - 1, "stage evident message"));
                ReadRow(reader, state.StageFirstTicks, slot, ConversationState.StageCount, r => r.ReadInt64());
            }

            ReadRow(reader, state.SignalLastMessage, 0, SignalCatalog.Count, r => Bounded(r.ReadInt32(), -1, messages - 1, "signal message"));
            state.FirstCaptureEvent = Bounded(reader.ReadInt32(), -1, messages - 1, "capture event");
            state.FirstTicks = reader.ReadInt64();
            state.LastTicks = reader.ReadInt64();
            state.TimedMessages = Bounded(reader.ReadInt32(), 0, messages, "timed messages");
            state.LastPayment = Bounded(reader.ReadInt32(), -1, messages - 1, "payment message");
            state.DemandsAfterPayment = Bounded(reader.ReadInt32(), 0, int.MaxValue, "demands after payment");
            state.RiskHighWater = Probability(reader.ReadDouble());
            state.FirstFlaggedAt = Bounded(reader.ReadInt32(), -1, messages - 1, "first flagged message");
            var kept = Bounded(reader.ReadInt32(), 0, ConversationState.MaxKeptSignals, "kept signal count");
            for (var i = 0; i < kept; i++)
            {
                state.Signals.Add(new KeptSignal(
                    Bounded(reader.ReadInt32(), 0, SignalCatalog.Count - 1, "signal"),
                    Bounded(reader.ReadInt32(), 0, messages - 1, "signal message"),
                    Bounded(reader.ReadInt32(), 0, int.MaxValue, "span start"),
                    Bounded(reader.ReadInt32(), 0, int.MaxValue, "span length"),
                    (float)Probability(reader.ReadSingle()),
                    Bounded(reader.ReadInt32(), 0, Math.Max(0, participants - 1), "signal sender"),
                    (RuleSender)Bounded(reader.ReadByte(), 0, (int)RuleSender.Victim, "rule side"),
                    (SignalSource)Bounded(reader.ReadByte(), 0, (int)SignalSource.Model, "signal source"),
                    ReadString(reader) is { Length: > 0 } rule ? rule : null,
                    ReadString(reader)));
            }

            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw Damaged("trailing bytes");
            }

            return state;
        }
        catch (EndOfStreamException)
        {
            throw Damaged("truncated");
        }
    }

    private static string Show(string? version) => string.IsNullOrEmpty(version) ? "(rules only)" : version;

    private static void WriteRow<T>(BinaryWriter writer, T[] values, int row, int width, Action<BinaryWriter, T> write)
    {
        foreach (var value in values.AsSpan(row * width, width))
        {
            write(writer, value);
        }
    }

    private static void ReadRow<T>(BinaryReader reader, T[] values, int row, int width, Func<BinaryReader, T> read)
    {
        for (var i = 0; i < width; i++)
        {
            values[(row * width) + i] = read(reader);
        }
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        writer.Write7BitEncodedInt(value.Length);
        foreach (var c in value)
        {
            writer.Write((ushort)c);
        }
    }

    private static string ReadString(BinaryReader reader)
    {
        int length;
        try
        {
            length = reader.Read7BitEncodedInt();
        }
        catch (FormatException)
        {
            // The 7-bit encoded count runs past five bytes.
            throw Damaged("a string's length is malformed");
        }

        if (length < 0 || length > MaxString)
        {
            throw Damaged($"a string's length {length} is out of range");
        }

        var chars = new char[length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)reader.ReadUInt16();
        }

        return new string(chars);
    }

    private static int Bounded(int value, int min, int max, string what) =>
        value >= min && value <= max ? value : throw Damaged($"{what} {value} out of range");

    private static double Probability(double value) =>
        value is >= 0 and <= 1 ? value : throw Damaged($"probability {value} out of range");

    private static InvalidDataException Damaged(string problem) => new($"Session state is damaged ({problem}).");
}
