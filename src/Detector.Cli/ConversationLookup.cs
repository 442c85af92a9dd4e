using Detector.Conversations;

namespace Detector.Cli;

/// <summary>Finds one conversation by id in a conversation file, for the commands that work on a single conversation.</summary>
internal static class ConversationLookup
{
    /// <summary>
    /// Streams <paramref name="input"/> until the conversation with <paramref name="id"/>; says on standard error that
    /// there is none (as <c>detector COMMAND: no conversation with id 'ID' in FILE.</c>) and returns <see langword="null"/> otherwise.
    /// </summary>
    public static async Task<Conversation?> FindAsync(
        string command, string input, string id, SkippedLineReporter skipped, CancellationToken cancellationToken)
    {
        await foreach (var conversation in ConversationReader.ReadFileAsync(input, skipped.ReaderOptions, cancellationToken).ConfigureAwait(false))
        {
            if (conversation.Id == id)
            {
                return conversation;
            }
        }

        await Console.Error.WriteLineAsync($"detector {command}: no conversation with id '{id}' in {input}.").ConfigureAwait(false);
        return null;
    }
}
