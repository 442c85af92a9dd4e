using System.Globalization;

namespace Detector.Conversations.Json;

/// <summary>Validates wire lines against the contract and maps them to and from the conversation model.</summary>
internal static class ConversationLineMapper
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK";

    /// <summary>Maps a parsed line to a <see cref="Conversation"/>, or says in one phrase why it breaks the contract.</summary>
    public static bool TryMap(ConversationLine line, out Conversation? conversation, out string? reason)
    {
        conversation = null;
        reason = Validate(line);
        if (reason is not null)
        {
            return false;
        }

        var messages = new Message[line.Messages!.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            reason = TryMapMessage(line.Messages[i], i, out var message);
            if (reason is not null)
            {
                return false;
            }

            messages[i] = message!;
        }

        _ = WireNames<ConversationLabel>.TryParse(line.Label, out var label);
        conversation = new Conversation(line.Id!, messages)
        {
            Label = line.Label is null ? null : label,
            Suspect = line.Suspect,
        };
        return true;
    }

    /// <summary>Maps a conversation to its wire line.</summary>
    public static ConversationLine ToLine(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var messages = new List<MessageLine?>(conversation.Messages.Count);
        foreach (var message in conversation.Messages)
        {
            messages.Add(new MessageLine
            {
                From = message.From,
                At = message.At?.ToString(TimestampFormat, CultureInfo.InvariantCulture),
                Kind = message.Kind == MessageKind.Text ? null : WireNames<MessageKind>.Of(message.Kind),
                Text = message.Text,
                Signals = message.Signals.Count == 0 ? null : [.. message.Signals],
            });
        }

        return new ConversationLine
        {
            Id = conversation.Id,
            Label = conversation.Label is { } label ? WireNames<ConversationLabel>.Of(label) : null,
            Suspect = conversation.Suspect,
            Messages = messages,
        };
    }

    private static string? Validate(ConversationLine line)
    {
        if (string.IsNullOrEmpty(line.Id))
        {
            return "missing required field 'id'";
        }

        if (line.Messages is null)
        {
            return "missing required field 'messages'";
        }

        if (line.Label is not null && !WireNames<ConversationLabel>.TryParse(line.Label, out _))
        {
            return $"'label' must be \"sextortion\" or \"benign\", not \"{Shorten(line.Label)}\"";
        }

        return null;
    }

    private static string? TryMapMessage(MessageLine? line, int index, out Message? message)
    {
        message = null;
        if (line is null)
        {
            return $"messages[{index}] is null";
        }

        if (line.From is null)
        {
            return $"messages[{index}]: missing required field 'from'";
        }

        var kind = MessageKind.Text;
        if (line.Kind is not null && !WireNames<MessageKind>.TryParse(line.Kind, out kind))
        {
            return $"messages[{index}].kind: unknown kind \"{Shorten(line.Kind)}\" (expected one of {string.Join(", ", WireNames<MessageKind>.All)})";
        }

        DateTimeOffset? at = null;
        if (line.At is not null)
        {
            if (!DateTimeOffset.TryParse(line.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return $"messages[{index}].at: \"{Shorten(line.At)}\" is not an ISO-8601 timestamp";
            }

            at = parsed;
        }

        string[] signals = [];
        if (line.Signals is { Count: > 0 })
        {
            signals = new string[line.Signals.Count];
            for (var s = 0; s < signals.Length; s++)
            {
                if (string.IsNullOrEmpty(line.Signals[s]))
                {
                    return $"messages[{index}].signals[{s}] is empty or null";
                }

                signals[s] = line.Signals[s]!;
            }
        }

        message = new Message(line.From, line.Text ?? string.Empty, kind, at) { Signals = signals };
        return null;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
