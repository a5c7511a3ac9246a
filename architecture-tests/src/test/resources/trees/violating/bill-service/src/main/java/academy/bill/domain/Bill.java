package academy.bill.domain;

import academy.shared.Money;

public record Bill(Money total) {
}
