namespace Detector.Training.Corpus;

/// <summary>How long before a message is sent, relative to the one before it.</summary>
internal enum Gap
{
    /// <summary>The first message of a conversation.</summary>
    First,

    /// <summary>A quick reply: seconds to a few minutes.</summary>
    Reply,

    /// <summary>The next move in a chat: under half an hour.</summary>
    Next,

    /// <summary>Later the same day: half an hour to several hours.</summary>
    Later,

    /// <summary>The next day or so.</summary>
    NextDay,
}
