package academy.shop.domain;

import academy.shared.Money;
import java.util.List;

public record Order(List<Money> lines) {
}
