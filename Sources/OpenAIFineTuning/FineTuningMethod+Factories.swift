extension FineTuningMethod {
  /// A supervised fine-tuning method.
  public static func supervised(_ method: SupervisedMethod = SupervisedMethod()) -> Self {
    FineTuningMethod(type: .supervised, supervised: method)
  }

  /// A direct preference optimization (DPO) method.
  public static func dpo(_ method: DpoMethod = DpoMethod()) -> Self {
    FineTuningMethod(type: .dpo, dpo: method)
  }

  /// A reinforcement fine-tuning method.
  public static func reinforcement(_ method: ReinforcementMethod) -> Self {
    FineTuningMethod(type: .reinforcement, reinforcement: method)
  }
}
