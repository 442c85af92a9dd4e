using System.Text;
using Detector.Conversations;

namespace Detector.Tests.Conversations;

/// <summary>Helpers that read conversation files from bytes or text, collecting the invalid lines.</summary>
internal static class ConversationFiles
{
    public static async Task<(List<Conversation> Conversations, List<InvalidLine> Invalid)> ReadAsync(byte[] bytes, ConversationReaderOptions? options = null)
    {
        var invalid = new List<InvalidLine>();
        options ??= new ConversationReaderOptions();
        options.OnInvalidLine = invalid.Add;
        var conversations = new List<Conversation>();
        var reader = new ConversationReader(new MemoryStream(bytes), "test.jsonl", options);
        await foreach (var conversation in reader.ReadAllAsync())
        {
            conversations.Add(conversation);
        }

        return (conversations, invalid);
    }

    public static Task<(List<Conversation> Conversations, List<InvalidLine> Invalid)> ReadAsync(string text) =>
        ReadAsync(Encoding.UTF8.GetBytes(text));

    public static byte[] Write(IEnumerable<Conversation> conversations)
    {
        var stream = new MemoryStream();
        using (var writer = new ConversationWriter(stream, leaveOpen: true))
        {
            foreach (var conversation in conversations)
            {
                writer.Write(conversation);
            }
        }

        return stream.ToArray();
    }
}
