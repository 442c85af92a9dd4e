using Detector.Conversations;
using Detector.Training.Training;

namespace Detector.Tests.Training;

public class AugmentationTests
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 1, 20, 0, 0, TimeSpan.Zero);

    private static readonly Conversation[] s_conversations =
    [
        .. Enumerable.Range(0, 40).Select(i => new Conversation($"c{i}", [.. Enumerable.Range(0, 3 + (i % 5)).Select(m =>
            new Message(m % 2 == 0 ? "a" : "b", $"c{i} message {m}", MessageKind.Text, s_start.AddMinutes(m)) { Signals = m == 1 ? ["flattery"] : [] })])
        {
            Label = i % 2 == 0 ? ConversationLabel.Benign : ConversationLabel.Sextortion,
        }),
    ];

    [Fact]
    public void Small_talk_is_inserted_from_signal_free_benign_lines_keeping_every_original_message_in_order()
    {
        var augmented = SmallTalkAugmentation.Apply(s_conversations, share: 0.5, seed: 7);
        var signalFreeBenign = s_conversations.Where(c => c.Label == ConversationLabel.Benign)
            .SelectMany(c => c.Messages).Where(m => m.Signals.Count == 0).Select(m => m.Text).ToHashSet();

        Assert.Equal(s_conversations.Length, augmented.Count);
        var changed = 0;
        for (var i = 0; i < s_conversations.Length; i++)
        {
            var original = s_conversations[i];
            var kept = augmented[i].Messages.Where(m => original.Messages.Contains(m, ReferenceEqualityComparer.Instance)).ToList();
            var inserted = augmented[i].Messages.Where(m => !original.Messages.Contains(m, ReferenceEqualityComparer.Instance)).ToList();
            Assert.Equal(original.Label, augmented[i].Label);
            Assert.Equal(original.Messages, kept);
            Assert.InRange(inserted.Count, 0, SmallTalkAugmentation.MaxLines);
            Assert.All(inserted, m => Assert.Contains(m.Text, signalFreeBenign));
            Assert.All(inserted, m => Assert.Contains(m.From, new[] { "a", "b" }));
            changed += inserted.Count > 0 ? 1 : 0;
        }

        Assert.InRange(changed, 10, 30);
        Assert.Equal(augmented.SelectMany(c => c.Messages.Select(m => m.Text)), SmallTalkAugmentation.Apply(s_conversations, 0.5, 7).SelectMany(c => c.Messages.Select(m => m.Text)));
        Assert.Same(s_conversations, SmallTalkAugmentation.Apply(s_conversations, 0, 7));
    }

    [Fact]
    public void A_cropped_conversation_is_a_suffix_of_at_least_two_messages()
    {
        var cropped = MidConversationCrop.Apply(s_conversations, share: 0.5, seed: 7);

        Assert.Equal(s_conversations.Length, cropped.Count);
        var changed = 0;
        for (var i = 0; i < s_conversations.Length; i++)
        {
            var original = s_conversations[i].Messages;
            var kept = cropped[i].Messages;
            Assert.InRange(kept.Count, 2, original.Count);
            Assert.Equal(original.Skip(original.Count - kept.Count), kept);
            Assert.Equal(s_conversations[i].Label, cropped[i].Label);
            changed += kept.Count < original.Count ? 1 : 0;
        }

        Assert.InRange(changed, 10, 30);
        Assert.Same(s_conversations, MidConversationCrop.Apply(s_conversations, 0, 7));
    }
}
