using static Detector.Training.Corpus.SextortionSteps;

namespace Detector.Training.Corpus;

/// <summary>
/// Plans sextortion conversations from tactic stages: an approach and grooming (mutual friends, flattery, a move to
/// another app, escalation, secrecy, an image or video-call exchange) in varying order with optional and skipped
/// stages, then the extortion (recording claim, contacts, threat, demand, payment, deadline, pretext, insult) and the
/// victim's reaction. About one in eight stops before any threat (still sextortion: grooming towards it), and about
/// one in sixteen has no exchange and threatens fake images instead. About one in ten starts cold, at the threat (after
/// a block, on a new account, after a payment), with no grooming before it. Hacker personas send a one-shot mail or a
/// two-message variant instead.
/// </summary>
internal static class SextortionComposer
{
    private const double EarlyStopShare = 0.12;
    private const double ColdOpenShare = 0.1;
    private const double DeepfakeOnlyShare = 0.06;

    private static readonly (VictimBehaviour Behaviour, double Weight)[] s_behaviours =
    [
        (VictimBehaviour.Refuses, 0.2),
        (VictimBehaviour.Pleads, 0.24),
        (VictimBehaviour.Pays, 0.2),
        (VictimBehaviour.GoesSilent, 0.14),
        (VictimBehaviour.WillReport, 0.1),
        (VictimBehaviour.ShowsDistress, 0.12),
    ];

    public static SextortionPlan Hacker(SeededRandom random, string suspect, string victim)
    {
        var beats = new List<Beat>();
        var email = random.Chance(0.6);
        if (email)
        {
            beats.Add(new Beat(HackerEmail, suspect, Gap.First));
        }
        else
        {
            beats.Add(new Beat(HackerShort1, suspect, Gap.First));
            beats.Add(new Beat(HackerShort2, suspect, random.Chance(0.7) ? Gap.Reply : Gap.Next));
        }

        if (random.Chance(0.15))
        {
            beats.Add(new Beat(random.Chance(0.5) ? Confused : Distress, victim, Gap.Later));
        }

        return new SextortionPlan(beats, email ? SextortionScenarios.HackerEmail : SextortionScenarios.HackerShort, null);
    }

    /// <summary>A perpetrator behind a fake profile: a cold open (<see cref="ColdOpenShare"/>) or else a romance.</summary>
    public static SextortionPlan FakeProfile(SeededRandom random, PerpetratorPersona persona, VictimPersona victimPersona, string s, string v) =>
        random.Chance(ColdOpenShare) ? ColdOpened(random, s, v) : Romance(random, persona, victimPersona, s, v);

    /// <summary>The first message already claims the recording; the extortion follows with no grooming before it.</summary>
    private static SextortionPlan ColdOpened(SeededRandom random, string s, string v)
    {
        var beats = new BeatList(random) { new(ColdOpen, s, Gap.First) };
        if (random.Chance(0.6))
        {
            beats.Add(random.Chance(0.6) ? Confused : Distress, v);
        }

        var behaviour = Personas.PickWeighted(s_behaviours, random);
        AddExtortion(beats, random, behaviour, s, v, claim: null);
        return new SextortionPlan(beats, SextortionScenarios.ColdOpen, behaviour);
    }

    private static SextortionPlan Romance(SeededRandom random, PerpetratorPersona persona, VictimPersona victimPersona, string s, string v)
    {
        var beats = new BeatList(random) { new(Approach, s, Gap.First) };
        beats.Maybe(0.45, MutualFriends, s);
        beats.Maybe(0.85, GreetBack, v);
        SmallTalkPlanner.Add(beats, random, random.Between(0, 3), s, v, SmallTalkReply);
        if (victimPersona == VictimPersona.TeenageBoy && random.Chance(0.55))
        {
            beats.Add(StateAge, v);
        }

        if (random.Chance(persona == PerpetratorPersona.ModellingAgent ? 0.95 : 0.8))
        {
            beats.Add(Flattery, s, Gap.Next);
            beats.Maybe(0.6, SmallTalkReply, v);
        }

        var middle = new List<List<Beat>>();
        if (random.Chance(0.6))
        {
            middle.Add([new(PlatformMove, s, Gap.Next), new(AgreePlatform, v, Gap.Reply)]);
        }

        if (random.Chance(persona == PerpetratorPersona.ModellingAgent ? 0.4 : 0.8))
        {
            middle.Add([new(SexualEscalation, s, Gap.Next)]);
        }

        if (random.Chance(0.3))
        {
            middle.Add([new(Secrecy, s, Gap.Reply)]);
        }

        if (random.Chance(0.35))
        {
            random.Shuffle(middle);
        }

        foreach (var group in middle)
        {
            beats.AddRange(group);
            if (random.Chance(0.3))
            {
                SmallTalkPlanner.Add(beats, random, random.Between(1, 2), s, v, SmallTalkReply);
            }
        }

        var deepfakeOnly = random.Chance(DeepfakeOnlyShare);
        if (!deepfakeOnly)
        {
            AddExchange(beats, random, persona, s, v);
        }

        beats.Maybe(0.15, Secrecy, s);
        var groomingEnd = beats.Count;
        if (random.Chance(EarlyStopShare))
        {
            return new SextortionPlan([.. beats.Take(random.Between(Math.Min(2, groomingEnd), groomingEnd))], SextortionScenarios.EarlyStop, null);
        }

        var behaviour = Personas.PickWeighted(s_behaviours, random);
        AddExtortion(beats, random, behaviour, s, v, deepfakeOnly ? DeepfakeThreat : PickClaim(random));
        return new SextortionPlan(beats, deepfakeOnly ? SextortionScenarios.Deepfake : SextortionScenarios.Romance, behaviour);
    }

    /// <summary>What a romance's extortion opens with after an exchange: mostly the recording, sometimes fake images, now and then nothing.</summary>
    private static string? PickClaim(SeededRandom random)
    {
        if (!random.Chance(0.88))
        {
            return null;
        }

        return random.Chance(0.12) ? DeepfakeThreat : RecordingClaim;
    }

    /// <summary>The image or video-call exchange the recording comes from.</summary>
    private static void AddExchange(List<Beat> beats, SeededRandom random, PerpetratorPersona persona, string s, string v)
    {
        var route = random.NextDouble();
        var image = route < 0.45 || persona == PerpetratorPersona.ModellingAgent;
        var call = route >= 0.3;
        if (image)
        {
            if (persona != PerpetratorPersona.ModellingAgent && random.Chance(0.6))
            {
                var lureFirst = random.Chance(0.5);
                beats.Add(new(lureFirst ? LureImage : ImageEvent, s, Gap.Next));
                beats.Add(new(lureFirst ? ImageEvent : LureImage, s, Gap.Reply));
            }

            beats.Add(new(ImageRequest, s, Gap.Reply));
        }

        if (call)
        {
            beats.Add(new(VideoCallPush, s, Gap.Next));
            if (random.Chance(0.7))
            {
                beats.Add(new(AcceptCall, v, Gap.Reply));
            }

            beats.Add(new(CallEvent, s, Gap.Reply));
        }
    }

    /// <summary>The extortion, opened by <paramref name="claim"/> (what the perpetrator says they have or will make) when there is one.</summary>
    private static void AddExtortion(BeatList beats, SeededRandom random, VictimBehaviour behaviour, string s, string v, string? claim)
    {
        var opening = new List<string>();
        if (claim is not null)
        {
            opening.Add(claim);
        }

        if (random.Chance(0.7))
        {
            opening.Add(ContactsHarvest);
        }

        if (random.Chance(0.4))
        {
            random.Shuffle(opening);
        }

        var gap = random.Chance(0.8) ? Gap.Next : Gap.Later;
        foreach (var step in opening)
        {
            beats.Add(step, s, gap);
            gap = Gap.Reply;
        }

        var demandFirst = random.Chance(0.3);
        beats.Add(demandFirst ? Demand : Threat, s, gap);
        if (random.Chance(0.95))
        {
            beats.Add(demandFirst ? Threat : Demand, s);
        }

        if (random.Chance(0.55))
        {
            beats.Add(random.Chance(0.5) ? Confused : Distress, v);
        }

        beats.Maybe(0.75, PaymentInstructions, s);
        beats.Maybe(0.55, Deadline, s);
        beats.Maybe(0.2, Pretext, s);
        beats.Maybe(0.3, Insult, s);
        switch (behaviour)
        {
            case VictimBehaviour.Refuses:
                beats.Add(Refuse, v);
                beats.Maybe(0.8, AfterRefusal, s);
                beats.Add(random.Pick([Threat, Insult, Deadline, DeepfakeThreat]), s);
                beats.Maybe(0.4, Plead, v);
                break;
            case VictimBehaviour.Pleads:
                beats.Add(Plead, v);
                beats.Maybe(0.5, Distress, v);
                beats.Maybe(0.7, Negotiation, s);
                beats.Maybe(0.4, AskDelete, v);
                if (random.Chance(0.4))
                {
                    AddPayment(beats, random, s, v);
                }

                break;
            case VictimBehaviour.Pays:
                if (random.Chance(0.5))
                {
                    beats.Add(Plead, v);
                    beats.Add(Negotiation, s);
                }

                AddPayment(beats, random, s, v);
                beats.Maybe(0.08, SelfHarm, v, Gap.Later);
                break;
            case VictimBehaviour.GoesSilent:
                beats.Add(Deadline, s, Gap.Later);
                beats.Add(Threat, s, Gap.Later);
                beats.Maybe(0.5, Insult, s, Gap.Next);
                beats.Maybe(0.3, ContactsHarvest, s, Gap.NextDay);
                break;
            case VictimBehaviour.WillReport:
                beats.Add(WillReport, v);
                beats.Maybe(0.6, Insult, s);
                beats.Maybe(0.5, Threat, s);
                beats.Maybe(0.2, DeepfakeThreat, s);
                break;
            default:
                beats.Add(Distress, v);
                beats.Maybe(0.6, AskDelete, v);
                beats.Maybe(0.15, SelfHarm, v);
                beats.Add(random.Pick([Insult, Deadline, Negotiation, Threat]), s);
                break;
        }
    }

    /// <summary>The victim pays; most perpetrators then ask for more.</summary>
    private static void AddPayment(List<Beat> beats, SeededRandom random, string s, string v)
    {
        var eventFirst = random.Chance(0.5);
        if (eventFirst)
        {
            beats.Add(new(PaymentEvent, v, Gap.Next));
        }

        beats.Add(new(Pay, v, eventFirst ? Gap.Reply : Gap.Next));
        if (!eventFirst && random.Chance(0.5))
        {
            beats.Add(new(PaymentEvent, v, Gap.Reply));
        }

        if (random.Chance(0.75))
        {
            beats.Add(new(RepeatDemand, s, random.Chance(0.7) ? Gap.Next : Gap.Later));
            if (random.Chance(0.5))
            {
                beats.Add(new(random.Pick([Plead, Distress, Refuse]), v, Gap.Reply));
            }
        }
    }
}
