namespace Detector.Conversations;

/// <summary>One message or event in a conversation.</summary>
/// <param name="From">The sender's participant id (any string the platform uses).</param>
/// <param name="Text">The text, caption or URL; empty for call events.</param>
/// <param name="Kind">What the message is; <see cref="MessageKind.Text"/> by default.</param>
/// <param name="At">When it was sent, if known; time-based features are not used without it.</param>
public sealed record Message(string From, string Text = "", MessageKind Kind = MessageKind.Text, DateTimeOffset? At = null)
{
    /// <summary>
    /// Signal names this message shows, as annotated in training data (wire names such as
    /// <c>threat_to_share</c>); empty when not annotated.
    /// </summary>
    public IReadOnlyList<string> Signals { get; init; } = [];
}
