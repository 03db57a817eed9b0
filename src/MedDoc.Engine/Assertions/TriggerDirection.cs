namespace MedDoc.Engine.Assertions;

/// <summary>Where a trigger's scope runs (Rules/assertions.json "direction").</summary>
public enum TriggerDirection
{
    /// <summary>Towards the end of the sentence: "no [pneumothorax]".</summary>
    Forward,
    /// <summary>Towards the start of the sentence: "[pneumothorax] is not seen".</summary>
    Backward,
    /// <summary>Both ways: "[atelectasis] versus [pneumonia]".</summary>
    Bidirectional,
}
