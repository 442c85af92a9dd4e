using Detector.Scoring;

namespace Detector.Training.Training;

/// <summary>
/// The knobs of <see cref="ModelTrainer"/>; the defaults are the ones the bundled models were trained with. The tree
/// settings were chosen on the validation split (held-out phrasings), comparing recall at 1 % false positives:
/// 16 leaves, 200 rows per leaf and half the features per tree (0.932) against 24 leaves, 40 rows and all features (0.919);
/// fewer trees, which would score faster, recall less (300 trees 0.932, 200 trees 0.928, 150 trees 0.926, 100 trees 0.917,
/// 300 trees of 8 leaves 0.918).
/// </summary>
public sealed class TrainingOptions
{
    /// <summary>The seed for every random choice ML.NET makes; training is deterministic for a seed.</summary>
    public int Seed { get; set; } = 20260301;

    /// <summary>The number of boosted trees in the conversation model.</summary>
    public int Trees { get; set; } = 300;

    /// <summary>The most leaves per tree.</summary>
    public int LeavesPerTree { get; set; } = 16;

    /// <summary>The fewest training rows a leaf may hold.</summary>
    public int MinimumRowsPerLeaf { get; set; } = 200;

    /// <summary>The share of features each tree may split on (feature bagging spreads the model over more evidence).</summary>
    public double FeatureFraction { get; set; } = 0.5;

    /// <summary>The boosting learning rate.</summary>
    public double LearningRate { get; set; } = 0.1;

    /// <summary>The L1 penalty of the text model's logistic heads (keeps the weights sparse and the model file small).</summary>
    public float TextL1 { get; set; } = 2f;

    /// <summary>The L2 penalty of the text model's logistic heads.</summary>
    public float TextL2 { get; set; } = 1f;

    /// <summary>
    /// The stage from which a sextortion conversation's prefixes are labelled positive: prefixes before its first
    /// annotated message of this stage or later are left out of training and calibration, because before that point
    /// nothing tells them from a benign chat (labelling them positive taught the trees that any new acquaintance is
    /// risky). <see cref="Stage.None"/> labels every prefix with its conversation's label.
    /// </summary>
    public Stage PositiveFrom { get; set; } = Stage.Sexualisation;

    /// <summary>
    /// The share of training conversations (sextortion and benign alike) into which up to eight signal-free lines are
    /// inserted before the conversation model's rows are computed, so that length and small talk do not read as risk;
    /// 0 turns it off.
    /// </summary>
    public double SmallTalkShare { get; set; } = 0.5;

    /// <summary>
    /// The share of training conversations (sextortion and benign alike) whose opening is dropped, so the conversation
    /// model also learns from conversations seen from the middle (after a platform move, or a threat out of nowhere);
    /// 0 turns it off. 0.5 was chosen on validation and the hand-written development set against 0.3 and 0.7.
    /// </summary>
    public double CropShare { get; set; } = 0.5;

    /// <summary>The highest share of benign validation conversations the threshold may flag.</summary>
    public double TargetFalsePositiveRate { get; set; } = 0.01;
}
