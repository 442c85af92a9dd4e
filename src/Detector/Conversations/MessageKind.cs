namespace Detector.Conversations;

/// <summary>What a message is: plain text or an event such as a call or an image.</summary>
/// <remarks>The wire names (<c>text</c>, <c>video_call</c>, …) are those of the conversation file contract.</remarks>
public enum MessageKind
{
    /// <summary>A text message (<c>text</c>, the default).</summary>
    Text,

    /// <summary>An image was sent (<c>image</c>); the text is its caption, if any.</summary>
    Image,

    /// <summary>A video was sent (<c>video</c>); the text is its caption, if any.</summary>
    Video,

    /// <summary>A video call took place or was started (<c>video_call</c>).</summary>
    VideoCall,

    /// <summary>A voice call took place or was started (<c>voice_call</c>).</summary>
    VoiceCall,

    /// <summary>A link was shared (<c>link</c>); the text is the URL.</summary>
    Link,

    /// <summary>A friend or contact request was sent (<c>friend_request</c>).</summary>
    FriendRequest,

    /// <summary>A payment was made through the platform (<c>payment</c>).</summary>
    Payment,
}
