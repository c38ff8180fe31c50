print("début")
raise ValueError("échec: résultat invalide ✗")
