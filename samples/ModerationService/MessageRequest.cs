using Detector.Conversations;

namespace ModerationService;

/// <summary>The body of <c>POST /conversations/{id}/messages</c>: one message as the platform received it.</summary>
/// <param name="From">The sender's id (required).</param>
/// <param name="Text">The message text; empty for a call or a media message without caption.</param>
/// <param name="Kind">What was sent (<c>text</c> by default; <c>image</c>, <c>video_call</c>, <c>payment</c>…).</param>
/// <param name="At">When it was sent; the time the service received it if omitted.</param>
public sealed record MessageRequest(string? From, string? Text, MessageKind? Kind, DateTimeOffset? At);
